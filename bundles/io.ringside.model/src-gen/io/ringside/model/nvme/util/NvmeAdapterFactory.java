/**
 */
package io.ringside.model.nvme.util;

import io.ringside.model.nvme.*;

import io.ringside.model.trace.Device;
import io.ringside.model.trace.Queue;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.ringside.model.nvme.NvmePackage
 * @generated
 */
public class NvmeAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static NvmePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NvmeAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = NvmePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NvmeSwitch<Adapter> modelSwitch =
		new NvmeSwitch<Adapter>() {
			@Override
			public Adapter caseController(Controller object) {
				return createControllerAdapter();
			}
			@Override
			public Adapter caseQueuePair(QueuePair object) {
				return createQueuePairAdapter();
			}
			@Override
			public Adapter caseSubmissionQueue(SubmissionQueue object) {
				return createSubmissionQueueAdapter();
			}
			@Override
			public Adapter caseCompletionQueue(CompletionQueue object) {
				return createCompletionQueueAdapter();
			}
			@Override
			public Adapter caseSubmissionEntry(SubmissionEntry object) {
				return createSubmissionEntryAdapter();
			}
			@Override
			public Adapter caseCompletionEntry(CompletionEntry object) {
				return createCompletionEntryAdapter();
			}
			@Override
			public Adapter caseDoorbellRegister(DoorbellRegister object) {
				return createDoorbellRegisterAdapter();
			}
			@Override
			public Adapter caseBufferValue(BufferValue object) {
				return createBufferValueAdapter();
			}
			@Override
			public Adapter caseShadowDoorbellBuffer(ShadowDoorbellBuffer object) {
				return createShadowDoorbellBufferAdapter();
			}
			@Override
			public Adapter caseEventIdxBuffer(EventIdxBuffer object) {
				return createEventIdxBufferAdapter();
			}
			@Override
			public Adapter caseDevice(Device object) {
				return createDeviceAdapter();
			}
			@Override
			public Adapter caseQueue(Queue object) {
				return createQueueAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.nvme.Controller <em>Controller</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.nvme.Controller
	 * @generated
	 */
	public Adapter createControllerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.nvme.QueuePair <em>Queue Pair</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.nvme.QueuePair
	 * @generated
	 */
	public Adapter createQueuePairAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.nvme.SubmissionQueue <em>Submission Queue</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.nvme.SubmissionQueue
	 * @generated
	 */
	public Adapter createSubmissionQueueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.nvme.CompletionQueue <em>Completion Queue</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.nvme.CompletionQueue
	 * @generated
	 */
	public Adapter createCompletionQueueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.nvme.SubmissionEntry <em>Submission Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.nvme.SubmissionEntry
	 * @generated
	 */
	public Adapter createSubmissionEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.nvme.CompletionEntry <em>Completion Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.nvme.CompletionEntry
	 * @generated
	 */
	public Adapter createCompletionEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.nvme.DoorbellRegister <em>Doorbell Register</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.nvme.DoorbellRegister
	 * @generated
	 */
	public Adapter createDoorbellRegisterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.nvme.BufferValue <em>Buffer Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.nvme.BufferValue
	 * @generated
	 */
	public Adapter createBufferValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.nvme.ShadowDoorbellBuffer <em>Shadow Doorbell Buffer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.nvme.ShadowDoorbellBuffer
	 * @generated
	 */
	public Adapter createShadowDoorbellBufferAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.nvme.EventIdxBuffer <em>Event Idx Buffer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.nvme.EventIdxBuffer
	 * @generated
	 */
	public Adapter createEventIdxBufferAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.trace.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.trace.Device
	 * @generated
	 */
	public Adapter createDeviceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.ringside.model.trace.Queue <em>Queue</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.ringside.model.trace.Queue
	 * @generated
	 */
	public Adapter createQueueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //NvmeAdapterFactory
