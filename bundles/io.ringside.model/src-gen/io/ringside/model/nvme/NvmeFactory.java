/**
 */
package io.ringside.model.nvme;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.ringside.model.nvme.NvmePackage
 * @generated
 */
public interface NvmeFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NvmeFactory eINSTANCE = io.ringside.model.nvme.impl.NvmeFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Controller</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Controller</em>'.
	 * @generated
	 */
	Controller createController();

	/**
	 * Returns a new object of class '<em>Queue Pair</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Queue Pair</em>'.
	 * @generated
	 */
	QueuePair createQueuePair();

	/**
	 * Returns a new object of class '<em>Submission Queue</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Submission Queue</em>'.
	 * @generated
	 */
	SubmissionQueue createSubmissionQueue();

	/**
	 * Returns a new object of class '<em>Completion Queue</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Completion Queue</em>'.
	 * @generated
	 */
	CompletionQueue createCompletionQueue();

	/**
	 * Returns a new object of class '<em>Submission Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Submission Entry</em>'.
	 * @generated
	 */
	SubmissionEntry createSubmissionEntry();

	/**
	 * Returns a new object of class '<em>Completion Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Completion Entry</em>'.
	 * @generated
	 */
	CompletionEntry createCompletionEntry();

	/**
	 * Returns a new object of class '<em>Doorbell Register</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Doorbell Register</em>'.
	 * @generated
	 */
	DoorbellRegister createDoorbellRegister();

	/**
	 * Returns a new object of class '<em>Buffer Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Buffer Value</em>'.
	 * @generated
	 */
	BufferValue createBufferValue();

	/**
	 * Returns a new object of class '<em>Shadow Doorbell Buffer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Shadow Doorbell Buffer</em>'.
	 * @generated
	 */
	ShadowDoorbellBuffer createShadowDoorbellBuffer();

	/**
	 * Returns a new object of class '<em>Event Idx Buffer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Event Idx Buffer</em>'.
	 * @generated
	 */
	EventIdxBuffer createEventIdxBuffer();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	NvmePackage getNvmePackage();

} //NvmeFactory
