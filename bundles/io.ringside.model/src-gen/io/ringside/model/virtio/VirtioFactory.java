/**
 */
package io.ringside.model.virtio;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.ringside.model.virtio.VirtioPackage
 * @generated
 */
public interface VirtioFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	VirtioFactory eINSTANCE = io.ringside.model.virtio.impl.VirtioFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Device</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device</em>'.
	 * @generated
	 */
	VirtioDevice createVirtioDevice();

	/**
	 * Returns a new object of class '<em>Feature Set</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Feature Set</em>'.
	 * @generated
	 */
	FeatureSet createFeatureSet();

	/**
	 * Returns a new object of class '<em>Split Virtqueue</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Split Virtqueue</em>'.
	 * @generated
	 */
	SplitVirtqueue createSplitVirtqueue();

	/**
	 * Returns a new object of class '<em>Packed Virtqueue</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Packed Virtqueue</em>'.
	 * @generated
	 */
	PackedVirtqueue createPackedVirtqueue();

	/**
	 * Returns a new object of class '<em>Descriptor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Descriptor</em>'.
	 * @generated
	 */
	Descriptor createDescriptor();

	/**
	 * Returns a new object of class '<em>Descriptor Chain</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Descriptor Chain</em>'.
	 * @generated
	 */
	DescriptorChain createDescriptorChain();

	/**
	 * Returns a new object of class '<em>Avail Ring</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Avail Ring</em>'.
	 * @generated
	 */
	AvailRing createAvailRing();

	/**
	 * Returns a new object of class '<em>Used Ring</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Used Ring</em>'.
	 * @generated
	 */
	UsedRing createUsedRing();

	/**
	 * Returns a new object of class '<em>Used Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Used Element</em>'.
	 * @generated
	 */
	UsedElement createUsedElement();

	/**
	 * Returns a new object of class '<em>Event Suppression</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Event Suppression</em>'.
	 * @generated
	 */
	EventSuppression createEventSuppression();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	VirtioPackage getVirtioPackage();

} //VirtioFactory
